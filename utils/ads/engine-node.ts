// PLACEHOLDER until the ad-filter helper lands: Node-only loader of the committed filter artifact.
import type { CosmeticEngine } from './engine';

export function loadBundledEngine(): CosmeticEngine {
  return { placeholder: true };
}
