// Ad-label lines left in an extracted text, judged by the ad stage's own rule, so the bench, the corpus tests and
// the pipeline agree on what an ad label is.
export { adLabelLines } from '../utils/ads/labels';
