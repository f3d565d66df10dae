/**
 * Test fixture: a tiny UCR archive directory in the OS temp folder, laid out like
 * `../shared/data/ucr/` (complete datasets, `_train_only/`, a `datasets.csv` catalog). Every
 * directory made is deleted when the test file that made it finishes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Files to create, path relative to the archive root → contents. */
export type ArchiveFiles = Record<string, string>;

/** The default fixture: Alpha (complete), beta (complete, lower case), Gamma (_train_only), Delta (top-level TRAIN only), Broken, a TEST-only folder, a hidden folder. */
export const DEFAULT_ARCHIVE: ArchiveFiles = {
  'Alpha/Alpha_TRAIN.tsv': '1\t0.1\t0.2\t0.3\n2\t0.4\t0.5\t0.6\n',
  'Alpha/Alpha_TEST.tsv': '1\t1\t2\t3\n2\t4\t5\t6\n1\t7\t8\t9\n',
  'Alpha/README.md': '# Alpha\n',
  'beta/beta_TRAIN.tsv': '1\t1\t2\tNaN\n',
  'beta/beta_TEST.tsv': '1\t3\tNaN\t5\n',
  '_train_only/Gamma/Gamma_TRAIN.tsv': '3\t1\t1\n4\t2\t2\n',
  'Delta/Delta_TRAIN.tsv': '1\t9\n',
  'Broken/Broken_TRAIN.tsv': '1\t1\t2\n2\t3\toops\n',
  'Broken/Broken_TEST.tsv': '1\t1\t2\n',
  'OnlyTest/OnlyTest_TEST.tsv': '1\t1\n',
  '.hidden/.hidden_TRAIN.tsv': '1\t1\n',
  'datasets.csv': [
    'name,name2015,origin,status,folder,type,n_train,n_test,length,n_classes,labels,z_normalized,nan_values',
    'Alpha,Alpha_Old,2015 archive,train+test,Alpha,Motion,2,3,3,2,1 2,yes,0',
    'beta,,2018 addition,train+test,beta,Sensor,1,1,2-3 (padded to 3),1,1,no,2',
    'Gamma,Gamma,2015 archive,TRAIN only,_train_only/Gamma,Image,2,,2,2,3 4,yes,0',
    'Epsilon,Epsilon,2015 archive,absent (split files >= 4 MiB not retrievable),,ECG,,,,,,,',
    '',
  ].join('\n'),
};

/**
 * Write `files` into a fresh temporary directory.
 * @param files - relative path → contents
 * @returns the directory path
 * @example
 * const dir = makeUcrArchive(DEFAULT_ARCHIVE);
 */
export function makeUcrArchive(files: ArchiveFiles = DEFAULT_ARCHIVE): string {
  const root = mkdtempSync(join(tmpdir(), 'softdtw-datasets-'));
  created.push(root); // removed after the test file (afterAll above)
  for (const [path, contents] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, contents);
  }
  return root;
}
