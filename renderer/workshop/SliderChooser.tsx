/**
 * The facilitator chooses which assumptions the room moves, and in what order: any parameter, the
 * budget included. The choice is saved in the file (`meta.workshop.parameters`), so the next
 * session starts with the same sliders.
 */
import { setWorkshopParameters } from '../engine.ts';
import { selectDoc, selectEdit, useCauseway } from '../store/context.tsx';
import { sliderLabel } from './workshopSliders.ts';

export function SliderChooser({ shown, onDone }: { shown: readonly string[]; onDone(): void }) {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  // An edit of the file (undoable, saved with it), but not a change the session log records.
  const save = (ids: string[]) => edit((d) => setWorkshopParameters(d, ids));
  const move = (id: string, by: number) => {
    const ids = [...shown];
    const k = ids.indexOf(id);
    const to = k + by;
    if (k < 0 || to < 0 || to >= ids.length) return;
    [ids[k], ids[to]] = [ids[to]!, ids[k]!];
    save(ids);
  };
  const others = Object.keys(doc.parameters).filter((id) => !shown.includes(id));
  const name = (id: string) => sliderLabel(doc, id);
  return (
    <section className="ws-chooser" aria-labelledby="ws-chooser-title">
      <h2 id="ws-chooser-title">Sliders for this workshop</h2>
      <ol className="ws-chooser__list">
        {shown.map((id, k) => (
          <li key={id}>
            <label>
              <input type="checkbox" checked onChange={() => save(shown.filter((x) => x !== id))} />
              {name(id)}
            </label>
            <span className="ws-chooser__order">
              <button
                type="button"
                className="btn"
                aria-label={`Move ${name(id)} up`}
                disabled={k === 0}
                onClick={() => move(id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="btn"
                aria-label={`Move ${name(id)} down`}
                disabled={k === shown.length - 1}
                onClick={() => move(id, 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <ul className="ws-chooser__list">
        {others.map((id) => (
          <li key={id}>
            <label>
              <input type="checkbox" checked={false} onChange={() => save([...shown, id])} />
              {name(id)}
            </label>
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn--primary btn--large" onClick={onDone}>
        Done
      </button>
    </section>
  );
}
