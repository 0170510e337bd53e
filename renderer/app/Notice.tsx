/** A transient message (saved, exported, failed) announced to screen readers. */
import { useEffect } from 'react';
import { useCauseway } from '../store/context.tsx';

export function Notice() {
  const notice = useCauseway((s) => s.notice);
  const dismiss = useCauseway((s) => s.dismissNotice);
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const timer = setTimeout(dismiss, 5000);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <div className="notice-area" aria-live="polite">
      {notice ? (
        <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" className="btn-icon" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
