/**
 * Catches a failure while drawing one view (or workshop mode) so the app never turns into a blank
 * page: the view's place shows a sentence saying what happened and a way back, and the document
 * (held in the store, outside the view) is untouched, so nothing is lost and it can still be saved.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, for the sentence: "the Results view", "workshop mode". */
  name: string;
  /** The way out: a button label and what it does (e.g. back to the logic model, leave workshop). */
  recover: { label: string; action(): void };
  children: ReactNode;
}

interface State {
  error: Error | undefined;
}

export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    // Kept in the console for a bug report; the screen says it in words.
    console.warn(`Causeway could not show ${this.props.name}:`, error);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="view-failed" role="alert">
        <h2>Causeway could not show {this.props.name}</h2>
        <p>
          Your model is safe: nothing in it has changed, and you can still save it or use the other views. The problem
          was: {error.message}
        </p>
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => {
            this.setState({ error: undefined });
            this.props.recover.action();
          }}
        >
          {this.props.recover.label}
        </button>
      </div>
    );
  }
}
