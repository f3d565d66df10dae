import { describe, expect, it } from 'vitest';
import { parseUcrCatalog } from './parseUcrCatalog.js';
import { UcrParseError } from '../errors.js';

describe('parseUcrCatalog', () => {
  it('reads the columns by header name, numbers and lengths included', () => {
    const text = [
      'status,name,length,n_train,n_test,z_normalized,nan_values,name2015,n_classes,labels',
      'train+test,GunPoint,150,50,150,yes,0,Gun_Point,2,1 2',
      'train+test,GesturePebbleZ1,100-455 (padded to 455),132,172,no,71655,,6,1..6',
      'TRAIN only,Symbols,398,25,,yes,0,Symbols,6,1..6',
    ].join('\r\n');
    const [gunPoint, pebble, symbols] = parseUcrCatalog(text, 'datasets.csv');
    expect(gunPoint).toEqual({
      name: 'GunPoint', status: 'train+test', name2015: 'Gun_Point', nTrain: 50, nTest: 150,
      minLength: 150, maxLength: 150, nClasses: 2, labels: '1 2', zNormalized: true, nanValues: 0,
    });
    expect(pebble).toMatchObject({ minLength: 100, maxLength: 455, zNormalized: false, nanValues: 71655 });
    expect(pebble).not.toHaveProperty('name2015');
    expect(symbols).not.toHaveProperty('nTest');
  });

  it('honours double quotes, with "" for a quote', () => {
    const [entry] = parseUcrCatalog('name,status,type\nX,"absent, for now","say ""hi"""\n', 'c.csv');
    expect(entry).toEqual({ name: 'X', status: 'absent, for now', type: 'say "hi"' });
  });

  it('rejects a header without name/status and an unterminated quote', () => {
    expect(() => parseUcrCatalog('a,b\n1,2\n', 'c.csv')).toThrow(UcrParseError);
    expect(() => parseUcrCatalog('a,b\n1,2\n', 'c.csv')).toThrow(/expected a header with "name" and "status" columns, got \[a, b\]/);
    expect(() => parseUcrCatalog('name,status\nX,"open\n', 'c.csv')).toThrow(/c\.csv, line 2, column 2: expected a closing double quote/);
  });
});
