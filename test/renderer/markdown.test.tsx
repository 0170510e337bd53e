import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { markdownSection } from '../../models/index.ts';
import { renderInline } from '../../renderer/help/markdown.tsx';

describe('the method note renderer', () => {
  it('renders bold, code and links as text, never as HTML', () => {
    const { container } = render(
      <p>{renderInline('**Units.** See [`method.md`](x.md) and `t`. <script>alert(1)</script>')}</p>,
    );
    expect(container.querySelector('strong')?.textContent).toBe('Units.');
    expect([...container.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['method.md', 't']);
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>');
  });

  it('takes the paragraphs of one section only', () => {
    const md = '# T\n\n## Method note\n\nFirst line\nsame paragraph.\n\nSecond.\n\n## Next\n\nNot this.';
    expect(markdownSection(md, 'Method note')).toEqual(['First line same paragraph.', 'Second.']);
    expect(markdownSection(md, 'Missing')).toEqual([]);
  });
});
