/**
 * The object the preload exposes as `window.causeway`, derived from the platform map and built from
 * an invoke function and a subscribe function so that it can be checked under Node: one method per
 * invoke call and one subscription per event, nothing else, frozen.
 */
import { PLATFORM_CALLS, type PlatformApi } from '../../renderer/platform/contract.ts';

export interface PreloadIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  /** Subscribes to a main-to-renderer channel; returns the unsubscribe function. */
  on(channel: string, listener: (...args: unknown[]) => void): () => void;
}

export function createPreloadApi(ipc: PreloadIpc): PlatformApi {
  const api: Record<string, unknown> = { kind: 'electron' };
  for (const [callName, call] of Object.entries(PLATFORM_CALLS)) {
    if (call.kind === 'invoke') {
      api[callName] = (...args: unknown[]) => ipc.invoke(call.channel, ...args);
    } else if (call.kind === 'event') {
      api[callName] = (listener: (...args: unknown[]) => void) =>
        ipc.on(call.channel, (...args) => {
          // Only payloads of the event's shape reach the page, whatever arrives on the channel.
          const checked = call.args.safeParse(args);
          if (checked.success) listener(...(checked.data as unknown[]));
        });
    }
  }
  // Frozen: the page cannot swap a method for one that calls other channels.
  return Object.freeze(api) as unknown as PlatformApi;
}
