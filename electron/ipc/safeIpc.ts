/**
 * The one way main registers IPC handlers: every call is checked for its sender (a frame showing
 * the app:// origin, not a page navigated elsewhere or an injected frame) and for its arguments
 * (the channel's zod schema), and every failure, a thrown exception included, comes back as data
 * (`{ ok: false, error }`). No handler is registered any other way.
 */
import type { z } from 'zod';
import type { PlatformResult } from '../../renderer/platform/contract.ts';
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
  handle<S extends z.ZodTuple, R>(
    channel: string,
    schema: S,
    handler: (event: IpcEventLike, ...args: z.infer<S>) => Promise<PlatformResult<R>>,
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
  const channels = new Set<string>();
  return {
    handle(channel, schema, handler) {
      if (channels.has(channel)) throw new Error(`IPC channel ${channel} is registered twice`);
      channels.add(channel);
      ipcMain.handle(channel, async (event: IpcEventLike, ...args: unknown[]) => {
        if (!trusted(event)) {
          log(`Refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
          return {
            ok: false,
            error: { kind: 'invalid', message: 'This request did not come from Causeway and was refused.' },
          };
        }
        const parsed = schema.safeParse(args);
        if (!parsed.success) {
          const where = parsed.error.issues[0]?.path.join('.') || 'arguments';
          return {
            ok: false,
            error: {
              kind: 'invalid',
              message: `The request ${channel} had invalid arguments (${where}: ${parsed.error.issues[0]?.message ?? 'wrong shape'}).`,
            },
          };
        }
        try {
          return await (handler as (event: IpcEventLike, ...args: unknown[]) => Promise<PlatformResult<unknown>>)(
            event,
            ...(parsed.data as unknown[]),
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
