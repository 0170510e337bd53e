/** Placeholder while this view is being built. */
import type { FileCommands } from '../app/useFileCommands.ts';
import { EmptyState } from '../common/fields.tsx';

export function CompareView(_props: { files: FileCommands }) {
  return <div className="page"><EmptyState title="Coming shortly" /></div>;
}
