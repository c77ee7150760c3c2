import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyHeading, extractSections } from '../../src/core/sections/index.ts';
import { analyzePosting } from '../../src/core/analyze.ts';
import { flat, titledText as titled } from './sections-helpers.ts';

test('an aside that names a level decides between required and preferred', () => {
  assert.equal(classifyHeading('Professional Certifications (Preferred)'), 'preferred');
  assert.equal(classifyHeading('Skills (nice to have)'), 'preferred');
  assert.equal(classifyHeading('Certifications (required)'), 'requirements');
  // Any other aside still leaves the words before it to decide.
  assert.equal(classifyHeading('Requirements (nice-to-haves are marked)'), 'requirements');
  assert.equal(classifyHeading('Benefits (nice to have)'), 'benefits');
  const posting = analyzePosting('Minimum Qualifications\n- 5 years in security operations\n\nProfessional Certifications (Preferred)\n- CISSP or CISM\n', { format: 'text' });
  assert.equal(posting.skills.find((s) => s.id === 'cissp')?.level, 'preferred');
});

test("round 26: Profesia's form, No Fluff Jobs' blocks and Jobs.cz's Czech headings", () => {
  const profesia =
    'Information about the position\n\nJob description, responsibilities and duties\nWe build the charging app.\n\nPlace of work\nKošice, 2 days a week in the office\n\nContract type\nfull-time\n\nEmployee requirements\n\nComputer skills\nSwift – Expert\n\nPersonality requirements and skills\n• at least 4 years of iOS development\n\nInformation about the company\n\nNumber of employees\n50-99 employees\n';
  assert.deepEqual(titled(profesia), [
    ['Information about the position', 'about'],
    ['Job description, responsibilities and duties', 'responsibilities'],
    ['Place of work', 'other'],
    ['Contract type', 'other'],
    ['Employee requirements', 'requirements'],
    ['Computer skills', 'skills'],
    ['Personality requirements and skills', 'requirements'],
    ['Information about the company', 'company'],
    ['Number of employees', 'company'],
  ]);
  const nfj = 'Offer description\nWe are a data consultancy from Łódź.\n\nDetails\nStart: ASAP\n\nMethodology\nScrum\n\nEquipment supplied\nComputer\nMacBook Pro\n\nPerks in the office\nFree coffee\n';
  assert.deepEqual(titled(nfj), [
    ['Offer description', 'about'],
    ['Details', 'other'],
    ['Methodology', 'other'],
    ['Equipment supplied', 'benefits'],
    ['Perks in the office', 'benefits'],
  ]);
  assert.deepEqual(titled('Requirements:\n- Linux\n\nInformace o pozici\nTyp smlouvy: Na dobu neurčitou\n\nZaměstnavatel\nRadbuza Hosting s.r.o.\n'), [
    ['Requirements', 'requirements'],
    ['Informace o pozici', 'other'],
    ['Zaměstnavatel', 'company'],
  ]);
});

test('a list of similar offers is debris, however its opening line is written', () => {
  const tail = '\nSenior Data Engineer (GCP) – Kraków – 24 000 PLN\nData Engineer (AWS) – Remote\n';
  for (const opener of ['Check similar offers', 'Similar job offers', 'Podobné nabídky', 'PodobnÃ© nabídky', '𝗦𝗶𝗺𝗶𝗹𝗮𝗿 𝗷𝗼𝗯𝘀', 'Similar&nbsp;jobs']) {
    const text = `Requirements\n- 3+ years of SQL\n\n${opener}${tail}`;
    const sections = flat(extractSections(text, { format: 'text' }).sections);
    assert.deepEqual(
      sections.filter((s) => s.title).map((s) => s.kind),
      ['requirements', 'noise'],
      opener,
    );
    assert.deepEqual(sections.find((s) => s.kind === 'requirements')?.items.map((i) => i.text), ['3+ years of SQL'], opener);
  }
});
