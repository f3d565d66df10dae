import { cylinderBellFunnel, encodeLabels, trainValidationTestSplit, zNormalize } from '@softdtw/datasets';
import { bundledDataset } from '@softdtw/datasets/node';

// GunPoint ships with the package: 50 train / 150 test series of length 150.
const gunPoint = bundledDataset('GunPoint');
console.log(gunPoint.train.series.length, gunPoint.test.series.length, gunPoint.train.maxLength);
console.log(encodeLabels(gunPoint.train.labels).classes);

// A seeded Cylinder-Bell-Funnel set (length 128), z-normalised per series.
const cbf = cylinderBellFunnel({ perClass: 8, seed: 42 });
const series = cbf.series.map((s) => zNormalize(s));
console.log(series.length, series[0]?.length, cbf.labels.slice(0, 3).join(' '), series[0]?.[40]?.toFixed(4));

// A stratified, seeded 50 / 25 / 25 split: the same indices on every machine.
const split = trainValidationTestSplit({ series, labels: cbf.labels }, { seed: 7, stratify: true });
console.log(split.train.labels.length, split.validation.labels.length, split.test.labels.length);
console.log(split.indices.test.join(' '));
