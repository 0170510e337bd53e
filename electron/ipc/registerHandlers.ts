/**
 * Main's side of the platform map: one checked handler per call the page (or the preload) makes,
 * registered from PLATFORM_CALLS, and events sent on the map's channels. Nothing here lists calls.
 */
import {
  PLATFORM_CALLS,
  type ArgumentsOf,
  type CallName,
  type EventName,
  type HandledName,
  type PlatformHandlers,
  type PlatformResult,
} from '../../renderer/platform/contract.ts';
import type { SafeIpc } from './safeIpc.ts';

/** Registers `handlers[name]` for every invoke and preload call in the map (through the safe wrapper). */
export function registerHandlers(ipc: SafeIpc, handlers: PlatformHandlers): void {
  for (const callName of Object.keys(PLATFORM_CALLS) as CallName[]) {
    if (PLATFORM_CALLS[callName].kind === 'event') continue;
    const name = callName as HandledName;
    const handler = handlers[name] as (...args: unknown[]) => Promise<PlatformResult<unknown>>;
    ipc.handle(name, (_event, ...args) => handler(...(args as unknown[])));
  }
}

/** Sends a main-to-renderer event on its channel, with its payload typed by the map. */
export function sendEvent<K extends EventName>(
  target: { send(channel: string, ...args: unknown[]): void } | null | undefined,
  eventName: K,
  ...args: ArgumentsOf<K>
): void {
  target?.send(PLATFORM_CALLS[eventName].channel, ...args);
}
