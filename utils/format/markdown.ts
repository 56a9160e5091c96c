// Article body HTML (already parsed into an element) to Markdown, for the command line and for copying.

const HEADING = /^H([1-6])$/;

function inline(node: Node): string {
  if (node.nodeType === 3) return (node.nodeValue ?? '').replace(/\s+/g, ' ').replace(/([*_`[\]])/g, '\\$1');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const inner = () => Array.from(el.childNodes, inline).join('');
  switch (el.tagName) {
    case 'BR':
      return '  \n';
    case 'STRONG':
    case 'B':
      return wrap('**', inner());
    case 'EM':
    case 'I':
      return wrap('_', inner());
    case 'CODE':
      return '`' + (el.textContent ?? '').replace(/`/g, "'") + '`';
    case 'A': {
      const href = el.getAttribute('href');
      const text = inner().trim();
      return href && text ? `[${text}](${href.replace(/[()\s]/g, encodeURIComponent)})` : text;
    }
    case 'IMG': {
      const src = el.getAttribute('src');
      return src ? `![${(el.getAttribute('alt') ?? '').replace(/[[\]]/g, '')}](${src.replace(/[()\s]/g, encodeURIComponent)})` : '';
    }
    default:
      return inner();
  }
}

function wrap(mark: string, text: string): string {
  const trimmed = text.trim();
  return trimmed ? `${mark}${trimmed}${mark}` : '';
}

function blocks(el: Element, out: string[], listDepth = 0): void {
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) {
      const text = inline(child).trim();
      if (text) out.push(text);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const c = child as Element;
    const heading = HEADING.exec(c.tagName);
    if (heading) out.push(`${'#'.repeat(Number(heading[1]))} ${inline(c).trim()}`);
    else if (c.tagName === 'P' || c.tagName === 'FIGCAPTION') pushText(out, inline(c));
    else if (c.tagName === 'BLOCKQUOTE') {
      const inner: string[] = [];
      blocks(c, inner, listDepth);
      if (inner.length) out.push(inner.join('\n\n').replace(/^/gm, '> '));
    } else if (c.tagName === 'UL' || c.tagName === 'OL') {
      const items = Array.from(c.children).filter((li) => li.tagName === 'LI');
      const lines = items.map((li, i) => {
        const marker = c.tagName === 'OL' ? `${i + 1}.` : '-';
        return `${'  '.repeat(listDepth)}${marker} ${inline(li).trim()}`;
      });
      if (lines.length) out.push(lines.join('\n'));
    } else if (c.tagName === 'PRE') out.push('```\n' + (c.textContent ?? '').replace(/```/g, "'''") + '\n```');
    else if (c.tagName === 'HR') out.push('---');
    else if (c.tagName === 'IMG') pushText(out, inline(c));
    else blocks(c, out, listDepth);
  }
}

function pushText(out: string[], text: string): void {
  const line = text.replace(/[ \t]+/g, ' ').trim();
  if (line) out.push(line);
}

export function elementToMarkdown(root: Element): string {
  const out: string[] = [];
  blocks(root, out);
  return out.join('\n\n');
}
