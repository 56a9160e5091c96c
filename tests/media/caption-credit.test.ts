import { describe, expect, it } from 'vitest';
import { cleanCredit, splitCaptionCredit } from '../../utils/media/caption-credit';

// One case per credit form: the caption and the credit are checked apart.
const CASES: [form: string, text: string, caption: string, credit: string][] = [
  ['Photo:', 'US Secretary of State John Kerry arrives at the talks in Lausanne on Saturday. Photo: Fabrice Coffrini/AFP',
    'US Secretary of State John Kerry arrives at the talks in Lausanne on Saturday.', 'Fabrice Coffrini/AFP'],
  ['Photograph:', 'Protesters in Hong Kong on Monday. Photograph: AFP via Getty', 'Protesters in Hong Kong on Monday.', 'AFP via Getty'],
  ['(Photo: X, AP)', 'Firefighters at the scene (Photo: Jane Doe, AP)', 'Firefighters at the scene', 'Jane Doe, AP'],
  ['Credit:', 'Mugabe at State House. Credit: HARARE HERALD', 'Mugabe at State House.', 'HARARE HERALD'],
  ['Image:', 'A market in Lagos. Image: Reuters', 'A market in Lagos.', 'Reuters'],
  ['Picture:', 'The skyline at dusk. Picture: John Smith', 'The skyline at dusk.', 'John Smith'],
  ['©', 'The old harbour © Maria Keller', 'The old harbour', 'Maria Keller'],
  ['(c)', 'The old harbour (c) Maria Keller', 'The old harbour', 'Maria Keller'],
  ['X/AFP/Getty Images', 'Snopes founder David Mikkelson. JIM WATSON/AFP/Getty Images', 'Snopes founder David Mikkelson.', 'JIM WATSON/AFP/Getty Images'],
  ['X/AFP/Getty Images glued', 'President Trump at the White House JIM WATSON/AFP/Getty Images', 'President Trump at the White House', 'JIM WATSON/AFP/Getty Images'],
  ['AP Photo/X', 'Trump speaks in Ohio. (AP Photo/Evan Vucci)', 'Trump speaks in Ohio.', 'AP Photo/Evan Vucci'],
  ['Photo by X/Reuters', 'The summit opens. Photo by Kevin Lamarque/Reuters', 'The summit opens.', 'Kevin Lamarque/Reuters'],
  ['(AFP)', 'WikiLeaks founder Julian Assange (AFP)', 'WikiLeaks founder Julian Assange', 'AFP'],
  ['[File: Reuters]', 'US troops remain in Afghanistan [File: Reuters]', 'US troops remain in Afghanistan', 'Reuters'],
  ['(X via AP, File)', 'Astronauts walk in space. (NASA via AP, File)', 'Astronauts walk in space.', 'NASA via AP, File'],
  ['courtesy of', 'PHOTOGRAPH COURTESY OF MONOTYPE', '', 'MONOTYPE'],
  ['Credit... (NYT style)', 'Trump in Louisiana. Credit...Doug Mills/The New York Times', 'Trump in Louisiana.', 'Doug Mills/The New York Times'],
  ['Image via', 'A courtroom sketch. Image via Getty Images', 'A courtroom sketch.', 'Getty Images'],
  ['labelled bracket mid-text', 'Bedding and lungs? (Photo: Getty Images) Getty', 'Bedding and lungs?', 'Getty Images'],
  // French, German, Spanish, Italian, Portuguese
  ['Photo : (fr)', 'Un Népalais prie à Katmandou. Photo : Prakash Mathema/AFP', 'Un Népalais prie à Katmandou.', 'Prakash Mathema/AFP'],
  ['(Photo X. AFP) (fr)', 'Un Népalais prie à Katmandou, le 30 avril 2015. (Photo Prakash Mathema. AFP)', 'Un Népalais prie à Katmandou, le 30 avril 2015.', 'Prakash Mathema. AFP'],
  ['Crédit : (fr)', 'Le président à Paris. Crédit : Ludovic Marin/AFP', 'Le président à Paris.', 'Ludovic Marin/AFP'],
  ['Foto: (de)', 'Merkel im Bundestag. Foto: Michael Kappeler/dpa', 'Merkel im Bundestag.', 'Michael Kappeler/dpa'],
  ['(Bild: X) (de)', '1Password scannt auch QR-Codes. (Bild: Hersteller)', '1Password scannt auch QR-Codes.', 'Hersteller'],
  ['Fotografía: (es)', 'El presidente en Madrid. Fotografía: Emilio Naranjo/EFE', 'El presidente en Madrid.', 'Emilio Naranjo/EFE'],
  ['Imagen: (es)', 'Manifestantes en Santiago. Imagen: EFE', 'Manifestantes en Santiago.', 'EFE'],
  ['Foto di (it)', 'Il presidente a Roma. Foto di Mario Rossi', 'Il presidente a Roma.', 'Mario Rossi'],
  ['Foto: (pt)', 'O presidente em Brasília. Foto: Ueslei Marcelino/Reuters', 'O presidente em Brasília.', 'Ueslei Marcelino/Reuters'],
];

describe('splitCaptionCredit', () => {
  it.each(CASES)('%s', (_form, text, caption, credit) => {
    const got = splitCaptionCredit(text);
    expect(got.caption).toBe(caption);
    expect(got.credit).toBe(credit);
  });

  it('keeps a caption whose label is followed by a sentence ("Image: <sentence>")', () => {
    const got = splitCaptionCredit('Image: Jose Mourinho has agreed a deal to become manager of Tottenham Hotspur');
    expect(got.caption).toBe('Jose Mourinho has agreed a deal to become manager of Tottenham Hotspur');
    expect(got.credit).toBe('');
  });

  it('does not take prose that mentions an agency for a credit', () => {
    const got = splitCaptionCredit('Protesters in Paris. Reuters reported two deaths.');
    expect(got.caption).toBe('Protesters in Paris. Reuters reported two deaths.');
    expect(got.credit).toBe('');
  });

  it('does not take an ordinary bracket for a credit', () => {
    const got = splitCaptionCredit('The president (left) talks to reporters in Paris (France)');
    expect(got.credit).toBe('');
    expect(got.caption).toBe('The president (left) talks to reporters in Paris (France)');
  });

  it('returns empty strings for empty text', () => {
    expect(splitCaptionCredit('  ')).toEqual({ caption: '', credit: '' });
  });
});

describe('cleanCredit', () => {
  it.each([
    ['(Jacquelyn Martin / Associated Press)', 'Jacquelyn Martin / Associated Press'],
    ['Credit: HARARE HERALD', 'HARARE HERALD'],
    ['© Getty', 'Getty'],
    ['Foto: dpa', 'dpa'],
    ['picture alliance/dpa', 'picture alliance/dpa'],
  ])('%s -> %s', (raw, clean) => {
    expect(cleanCredit(raw)).toBe(clean);
  });
});
