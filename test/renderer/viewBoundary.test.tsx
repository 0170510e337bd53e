/** A view that throws while drawing shows a sentence and a way back, and the document is kept. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ViewBoundary } from '../../renderer/app/ViewBoundary.tsx';

afterEach(cleanup);

function Broken(): never {
  throw new Error("Cannot read properties of undefined (reading 'value')");
}

describe('ViewBoundary', () => {
  it('shows what failed in a sentence with a way back instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const action = vi.fn();
    render(
      <ViewBoundary name="workshop mode" recover={{ label: 'Leave workshop mode', action }}>
        <Broken />
      </ViewBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Causeway could not show workshop mode');
    expect(alert.textContent).toContain('nothing in it has changed');
    fireEvent.click(screen.getByRole('button', { name: 'Leave workshop mode' }));
    expect(action).toHaveBeenCalledOnce();
  });

  it('draws its children when nothing fails', () => {
    render(
      <ViewBoundary name="the Results view" recover={{ label: 'Back', action: () => undefined }}>
        <p>fine</p>
      </ViewBoundary>,
    );
    expect(screen.getByText('fine')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
