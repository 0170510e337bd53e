/**
 * The one way main registers IPC handlers: every call is checked for its sender (a frame showing
 * the app:// origin, not a page navigated elsewhere or an injected frame) and for its arguments
 * (the call's schema in the platform map), and every failure, a thrown exception included, comes
 * back as data (`{ ok: false, error }`). No handler is registered any other way.
 */
import {
  checkArguments,
  PLATFORM_CALLS,
  type CheckedArgumentsOf,
  type HandledName,
  type PlatformResult,
} from '../../renderer/platform/contract.ts';
import { isAppUrl } from '../main/appProtocol.ts';

/** The parts of Electron's IpcMainInvokeEvent the wrapper reads. */
export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

/** The part of Electron's ipcMain the wrapper uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

export interface SafeIpc {
  handle<K extends HandledName>(
    callName: K,
    handler: (event: IpcEventLike, ...args: CheckedArgumentsOf<K>) => Promise<PlatformResult<unknown>>,
  ): void;
}

/** Sender check: the calling frame must show the app itself. */
export function isTrustedSender(event: IpcEventLike): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppUrl(url);
}

export function createSafeIpc(
  ipcMain: IpcMainLike,
  options: { trusted?: (event: IpcEventLike) => boolean; log?: (message: string) => void } = {},
): SafeIpc {
  const trusted = options.trusted ?? isTrustedSender;
  const log = options.log ?? (() => undefined);
  const registered = new Set<string>();
  return {
    handle(callName, handler) {
      const { channel } = PLATFORM_CALLS[callName];
      if (registered.has(channel)) throw new Error(`IPC channel ${channel} is registered twice`);
      registered.add(channel);
      ipcMain.handle(channel, async (event: IpcEventLike, ...args: unknown[]) => {
        if (!trusted(event)) {
          log(`Refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
          return {
            ok: false,
            error: { kind: 'invalid', message: 'This request did not come from Causeway and was refused.' },
          };
        }
        const checked = checkArguments(callName, args);
        if (!checked.ok) return { ok: false, error: checked.error };
        try {
          return await (handler as (event: IpcEventLike, ...args: unknown[]) => Promise<PlatformResult<unknown>>)(
            event,
            ...(checked.args as unknown[]),
          );
        } catch (e) {
          log(`${channel} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          return {
            ok: false,
            error: {
              kind: 'internal',
              message: `Causeway hit an internal error (${e instanceof Error ? e.message : String(e)}); your document is unchanged.`,
            },
          };
        }
      });
    },
  };
}
