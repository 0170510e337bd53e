/** Types for openBrowser.mjs (a plain script run by Node, also imported by the tests). */
export function openCommand(platform: string, url: string): { command: string; args: string[] };
export function openBrowser(url: string, platform?: string): Promise<boolean>;
