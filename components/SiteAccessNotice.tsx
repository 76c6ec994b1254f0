// Says when STAR Coach may not read the coached tab's site and asks for it with one click.
import { useSiteAccess } from './useSiteAccess';
import './StatusPanel.css';

export function SiteAccessNotice({ tabId }: { tabId: number | undefined }) {
  const { need, state, request, reload } = useSiteAccess(tabId);
  if (!need || (state !== 'missing' && state !== 'reload')) return null;
  const kind = need.docs ? 'docs' : 'site';
  if (state === 'reload') {
    return (
      <section className="card status tone-warning" role="status" data-access={kind} data-access-state="reload">
        <h2>Access allowed</h2>
        <p>Reload the tab so STAR Coach can start reading {need.docs ? 'the document' : 'it'}.</p>
        <button type="button" className="btn btn-primary" onClick={reload}>
          Reload tab
        </button>
      </section>
    );
  }
  return (
    <section className="card status tone-warning" role="status" data-access={kind} data-access-state="missing">
      <h2>{need.docs ? 'Google Docs access is off' : `No access to ${need.host}`}</h2>
      <p>
        {need.docs
          ? 'STAR Coach needs access to docs.google.com to read the document you are writing in. It reads only that document and sends nothing anywhere else.'
          : `STAR Coach reads what you type only on sites you allow, and ${need.host} is not one of them.`}
      </p>
      <button type="button" className="btn btn-primary" onClick={request}>
        {need.docs ? 'Allow Google Docs' : `Allow on ${need.host}`}
      </button>
    </section>
  );
}
