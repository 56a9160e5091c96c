import { describe, expect, it } from 'vitest';
import { withTimeout } from '../../utils/timeout';

// The views wait for the page's answer with a deadline: a busy or hung page gives an error, not a view loading forever.
describe('withTimeout', () => {
  it('rejects with the message when no answer comes in time', async () => {
    const never = new Promise<string>(() => {});
    await expect(withTimeout(never, 20, 'no answer')).rejects.toThrow('no answer');
  });

  it('passes an answer that comes in time through, and a failure as it is', async () => {
    await expect(withTimeout(Promise.resolve('article'), 1_000, 'no answer')).resolves.toBe('article');
    await expect(withTimeout(Promise.reject(new Error('no receiver')), 1_000, 'no answer')).rejects.toThrow('no receiver');
  });
});
