/**
 * mlpForward: the forward pass of the multistep-ahead MLP forecaster (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541, §3.4 and §4.4), built from autodiff ops so that any loss — soft-DTW included —
 * differentiates through it.
 *
 *     x̃ = (x − μ_in) / σ_in                  optional standardisation (per feature, tiled over time)
 *     h_0 = x̃,  h_l = act(h_{l−1} W_l + b_l)  hidden layers l = 1 … L−1 (act = sigmoid in the paper)
 *     ŷ = (h_{L−1} W_L + b_L) · σ_out + μ_out  linear output layer, then undo the standardisation
 *
 * Index conventions: x is [B, inputLength·p] (series flattened time-major: step t, feature f at
 * t·p + f), W_l is [fan_in, fan_out], b_l is [fan_out], ŷ is [B, outputLength·p]. The ONNX export
 * (buildOnnxModel) emits exactly these nodes in this order, so float32 parity is a matter of rounding.
 */
import { add, div, matmul, mul, relu, sigmoid, sub, tanh, type Tensor } from '@softdtw/autodiff';

/** Hidden-layer activation. The paper uses `sigmoid`. */
export type Activation = 'sigmoid' | 'tanh' | 'relu';

/** The activations accepted by MlpForecaster, in one list (for validation and docs). */
export const ACTIVATIONS: readonly Activation[] = ['sigmoid', 'tanh', 'relu'];

/** One dense layer: y = x W + b. (A type alias, not an interface, so it fits optim's ParameterTree.) */
export type DenseLayer = {
  /** Weights [fanIn, fanOut]. */
  readonly W: Tensor;
  /** Bias [fanOut]. */
  readonly b: Tensor;
};

/** The trainable parameters: dense layers from input to output. */
export type MlpParameters = {
  /** layers[0] maps the input, the last one produces the forecast. */
  readonly layers: readonly DenseLayer[];
};

/**
 * Standardisation constants, tiled over time so they broadcast against flattened series.
 * `kind: 'none'` means identity (no nodes in the graph).
 */
export interface TiledNormalization {
  /** Mean per input entry [inputLength·p]. */
  readonly inputMean: Tensor;
  /** Standard deviation per input entry [inputLength·p]. */
  readonly inputStd: Tensor;
  /** Mean per output entry [outputLength·p]. */
  readonly outputMean: Tensor;
  /** Standard deviation per output entry [outputLength·p]. */
  readonly outputStd: Tensor;
}

/**
 * Runs the MLP on a batch of flattened series.
 *
 * @param params - layers W [fanIn, fanOut], b [fanOut]
 * @param x - inputs [B, inputLength·p]
 * @param activation - hidden activation
 * @param normalization - tiled standardisation constants, or undefined for none
 * @returns forecasts [B, outputLength·p] on the tape
 * @example
 * const y = mlpForward(initMlpParameters([4, 8, 2], 0), zeros([3, 4]), 'sigmoid', undefined); // [3, 2]
 */
export function mlpForward(params: MlpParameters, x: Tensor, activation: Activation, normalization: TiledNormalization | undefined): Tensor {
  let h = normalization === undefined ? x : div(sub(x, normalization.inputMean), normalization.inputStd);
  const last = params.layers.length - 1;
  params.layers.forEach((layer, l) => {
    const z = add(matmul(h, layer.W), layer.b);
    h = l === last ? z : activate(z, activation);
  });
  return normalization === undefined ? h : add(mul(h, normalization.outputStd), normalization.outputMean);
}

function activate(z: Tensor, activation: Activation): Tensor {
  switch (activation) {
    case 'sigmoid':
      return sigmoid(z);
    case 'tanh':
      return tanh(z);
    case 'relu':
      return relu(z);
  }
}
