/**
 * The browser adapter's equivalent of main's IPC wrapper: every call's arguments are checked against
 * the platform map before the adapter sees them, so both platforms refuse the same calls with the
 * same sentence (a suggested name with a folder in it, an oversized export) and errors stay data.
 */
import { checkArguments, PLATFORM_CALLS, type CallName, type PlatformApi } from './contract.ts';

export function checkedPlatform(api: PlatformApi): PlatformApi {
  const out: Record<string, unknown> = { ...api };
  for (const callName of Object.keys(PLATFORM_CALLS) as CallName[]) {
    if (PLATFORM_CALLS[callName].kind !== 'invoke') continue;
    const method = api[callName as keyof PlatformApi] as (...args: unknown[]) => Promise<unknown>;
    out[callName] = async (...args: unknown[]) => {
      const checked = checkArguments(callName, args);
      return checked.ok ? method(...(checked.args as unknown[])) : { ok: false, error: checked.error };
    };
  }
  return Object.freeze(out) as unknown as PlatformApi;
}
