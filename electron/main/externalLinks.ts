/**
 * Links the page asks to open outside the app (Help pages and the sources it cites). A link opens
 * in the system browser at once only on the hosts of those sources; any other https host is first
 * named in a confirmation (as punycode, so a look-alike letter cannot pass for another), a mailto
 * address likewise; a link carrying a user name or password is refused (it would hand them to the
 * browser, and is a classic disguise: https://www.gov.uk@evil.example/), as is every other scheme.
 */

/** Hosts opened without asking: these and their subdomains. */
export const TRUSTED_LINK_HOSTS = ['gov.uk', 'nomisweb.co.uk', 'ons.gov.uk'] as const;

export type LinkDecision =
  | { action: 'open'; url: string }
  | { action: 'confirm'; url: string; host: string }
  | { action: 'refuse'; url?: undefined; reason: string };

function trusted(host: string): boolean {
  return TRUSTED_LINK_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

export function externalLinkDecision(url: string): LinkDecision {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { action: 'refuse', reason: 'it is not a link' };
  }
  if (u.username !== '' || u.password !== '') return { action: 'refuse', reason: 'it carries a user name or password' };
  if (u.protocol === 'mailto:') return { action: 'confirm', url: u.href, host: decodeURIComponent(u.pathname) };
  if (u.protocol !== 'https:')
    return { action: 'refuse', reason: `Causeway opens only https links, not ${u.protocol}` };
  return trusted(u.hostname) ? { action: 'open', url: u.href } : { action: 'confirm', url: u.href, host: u.hostname };
}

/** The confirmation's wording (main shows it with Electron's dialog). */
export function confirmPrompt(decision: Extract<LinkDecision, { action: 'confirm' }>) {
  const mail = decision.url.startsWith('mailto:');
  return {
    message: mail ? `Write an e-mail to ${decision.host}?` : `Open ${decision.host} in your browser?`,
    detail: `${decision.url}\n\nThis link is not one of the sources Causeway cites. Open it only if you trust where it leads.`,
    buttons: [mail ? 'Write e-mail' : 'Open in browser', 'Cancel'],
  };
}
