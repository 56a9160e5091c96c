import { isProbablyReaderable } from '@mozilla/readability';
import type { Detection } from '../article';

// PLACEHOLDER until the detection helper lands: Readability's readerable check only.
export function detectPage(doc: Document, _url: string): Detection {
  const readable = isProbablyReaderable(doc);
  return { kind: readable ? 'article' : 'other', score: readable ? 1 : 0, signals: [{ name: 'readerable', weight: readable ? 1 : 0 }] };
}
