/** The logic-model view: tools, canvas and problems on the left, the inspector on the right. */
import { useEffect, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { ModelCanvas } from './ModelCanvas.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { Inspector } from '../inspector/Inspector.tsx';

export function ModelView({ searchSignal }: { searchSignal: number }) {
  const [search, setSearch] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (searchSignal > 0) searchRef.current?.focus();
  }, [searchSignal]);
  return (
    <ReactFlowProvider>
      <div className="model-view">
        <div className="model-view__main">
          <CanvasToolbar ref={searchRef} search={search} onSearch={setSearch} />
          <div className="canvas">
            <ModelCanvas search={search} />
          </div>
          <ProblemsPanel />
        </div>
        <Inspector />
      </div>
    </ReactFlowProvider>
  );
}
