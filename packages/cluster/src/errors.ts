/**
 * Typed errors thrown by @softdtw/cluster. Each extends @softdtw/autodiff's SoftDtwError, has a
 * stable `code` (E_CLUSTER_*), and its message follows the workspace form
 * "<op>: expected <what>, got <what>. <How to fix>."
 *
 * Errors raised inside @softdtw/core (for example a band that is too narrow) pass through unchanged.
 */
import { SoftDtwError } from '@softdtw/autodiff';

/** A set of series (or a cluster, or a class) is empty, or a series has no time steps. Code 'E_CLUSTER_EMPTY'. */
export class EmptyInputError extends SoftDtwError {
  override readonly code = 'E_CLUSTER_EMPTY';
  override name = 'EmptyInputError';
}

/** k (clusters) is larger than the number of series. Code 'E_CLUSTER_K_TOO_LARGE'. */
export class TooFewSeriesError extends SoftDtwError {
  override readonly code = 'E_CLUSTER_K_TOO_LARGE';
  override name = 'TooFewSeriesError';
}

/** Series of one call have different numbers of features p. Code 'E_CLUSTER_FEATURE_MISMATCH'. */
export class FeatureMismatchError extends SoftDtwError {
  override readonly code = 'E_CLUSTER_FEATURE_MISMATCH';
  override name = 'FeatureMismatchError';
}

/** The Euclidean metric (or a given length) needs series of equal length. Code 'E_CLUSTER_LENGTH_MISMATCH'. */
export class LengthMismatchError extends SoftDtwError {
  override readonly code = 'E_CLUSTER_LENGTH_MISMATCH';
  override name = 'LengthMismatchError';
}

/** `labels` and `series` have different counts. Code 'E_CLUSTER_LABEL_MISMATCH'. */
export class LabelCountMismatchError extends SoftDtwError {
  override readonly code = 'E_CLUSTER_LABEL_MISMATCH';
  override name = 'LabelCountMismatchError';
}

/** Barycenter weights of the wrong count, negative, non-finite or all zero. Code 'E_CLUSTER_INVALID_WEIGHTS'. */
export class InvalidWeightsError extends SoftDtwError {
  override readonly code = 'E_CLUSTER_INVALID_WEIGHTS';
  override name = 'InvalidWeightsError';
}

/** A series is not an array of finite numbers (or of equal-width rows). Code 'E_CLUSTER_INVALID_SERIES'. */
export class InvalidSeriesError extends SoftDtwError {
  override readonly code = 'E_CLUSTER_INVALID_SERIES';
  override name = 'InvalidSeriesError';
}

/** An option is out of range or of the wrong kind. Code 'E_CLUSTER_INVALID_OPTION'. */
export class InvalidOptionError extends SoftDtwError {
  override readonly code = 'E_CLUSTER_INVALID_OPTION';
  override name = 'InvalidOptionError';
}

/** A model was used (predict, labels, centroids…) before fit. Code 'E_CLUSTER_NOT_FITTED'. */
export class NotFittedError extends SoftDtwError {
  override readonly code = 'E_CLUSTER_NOT_FITTED';
  override name = 'NotFittedError';
}
