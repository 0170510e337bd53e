/**
 * Help: the method note (the README's section of that name, so the app and the repository say the
 * same thing) and "about" facts: version, file format, data vintage, licence.
 */
import readme from '../../README.md?raw';
import packageJson from '../../package.json';
import { CURRENT_SCHEMA_VERSION, LIBRARY_VINTAGE, markdownSection } from '../engine.ts';
import { renderInline } from './markdown.tsx';

const METHOD = markdownSection(readme, 'Method note');
const SOURCES = markdownSection(readme, 'Data sources and licence');

export function MethodNote() {
  return (
    // Focusable so that keyboard users can scroll the note (it has no controls to tab to).
    <div className="page page--reading" tabIndex={0}>
      <section className="card reading" aria-labelledby="method-heading">
        <h2 id="method-heading">Method note</h2>
        {METHOD.map((paragraph, i) => (
          <p key={i}>{renderInline(paragraph)}</p>
        ))}
      </section>
      <section className="card reading" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Data sources and licence</h2>
        {SOURCES.map((paragraph, i) =>
          paragraph.startsWith('- ') ? (
            <ul key={i}>
              {paragraph.split(/ (?=- )/).map((item, k) => (
                <li key={k}>{renderInline(item.replace(/^- /, ''))}</li>
              ))}
            </ul>
          ) : (
            <p key={i}>{renderInline(paragraph)}</p>
          ),
        )}
      </section>
      <section className="card reading" id="about" aria-labelledby="about-heading">
        <h2 id="about-heading">About Causeway</h2>
        <dl className="facts">
          <dt>Version</dt>
          <dd>{packageJson.version}</dd>
          <dt>Scenario file format</dt>
          <dd>causeway.scenario, schemaVersion {CURRENT_SCHEMA_VERSION}</dd>
          <dt>Baseline library</dt>
          <dd>{LIBRARY_VINTAGE.label}</dd>
          <dt>Licence</dt>
          <dd>Causeway is MIT licensed. {LIBRARY_VINTAGE.licence}.</dd>
        </dl>
      </section>
    </div>
  );
}
