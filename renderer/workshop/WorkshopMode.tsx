/** Placeholder while workshop mode is being built. */
import { useCauseway } from '../store/context.tsx';

export function WorkshopMode() {
  const setWorkshop = useCauseway((s) => s.setWorkshop);
  return <div className="workshop"><button type="button" className="btn" onClick={() => setWorkshop(false)}>Leave workshop mode</button></div>;
}
