package org.dec4j.engine.nn;

import org.dec4j.api.progress.StepProfile;
import org.dec4j.api.progress.StepProfile.Part;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A stack of dense layers a_{l+1} = g_l(a_l W_l + b_l), with its parameters held as views into one flat vector
 * and its gradients in a second flat vector of the same layout (W_0, b_0, W_1, b_1, ...; each W column-major).
 *
 * <p>Training calls {@link #forward} then {@link #backward} on one batch at a time; both write into buffers kept
 * for the batch size, and every matrix is column-major so that BLAS writes its natural order (DL4J's own dense
 * layer computes into row-major results, which ran at a quarter of the GEMM rate here). The gradient pushed into
 * {@link #backward} comes from outside (a reconstruction error, DEC's dL/dz), as in DL4J's external-errors
 * pattern. {@link #output} is the allocation-per-call, thread-safe inference path.</p>
 */
public final class DenseNetwork {
  private final int[] sizes;
  private final LayerActivation[] activations;
  private final INDArray params;
  private final INDArray gradients;
  private final INDArray[] weights;
  private final INDArray[] biases;
  private final INDArray[] weightGradients;
  private final INDArray[] biasGradients;
  /** Whether the bias and activation passes run in Java on host memory ({@link Device#host()} when made). */
  private final boolean host;

  private int bufferRows = -1;
  private INDArray[] pre;
  private INDArray[] act;
  private INDArray[] delta;
  private INDArray[] mask;
  /** Per layer, its bias and activation pass run inside the blocks of its product (host ReLU and identity). */
  private Gemm.ColumnPass[] forwardPass;
  /** Per layer, its backward pass run inside the blocks of the product that passes the gradient down to it. */
  private Gemm.ColumnPass[] backwardPass;
  /** The fused passes' time on the calling thread's block, for the profile. */
  private long passNanos;

  /**
   * @param sizes layer widths, input first
   * @param activations one per layer (sizes.length - 1)
   * @param params flat parameter vector [1, {@link #parameterCount(int[])}] (kept as the live parameters)
   * @param gradients flat gradient vector of the same length, or null for an inference-only network
   */
  public DenseNetwork(int[] sizes, LayerActivation[] activations, INDArray params, INDArray gradients) {
    if (activations.length != sizes.length - 1) {
      throw new IllegalArgumentException(activations.length + " activations for " + (sizes.length - 1) + " layers");
    }
    if (params.length() != parameterCount(sizes)) {
      throw new IllegalArgumentException("expected " + parameterCount(sizes) + " parameters, got " + params.length());
    }
    this.sizes = sizes.clone();
    this.activations = activations.clone();
    this.params = params;
    this.gradients = gradients;
    this.host = Device.host();
    int layers = sizes.length - 1;
    weights = new INDArray[layers];
    biases = new INDArray[layers];
    weightGradients = new INDArray[layers];
    biasGradients = new INDArray[layers];
    long off = 0;
    for (int l = 0; l < layers; l++) {
      long w = (long) sizes[l] * sizes[l + 1];
      weights[l] = slice(params, off, sizes[l], sizes[l + 1]);
      biases[l] = slice(params, off + w, 1, sizes[l + 1]);
      if (gradients != null) {
        weightGradients[l] = slice(gradients, off, sizes[l], sizes[l + 1]);
        biasGradients[l] = slice(gradients, off + w, 1, sizes[l + 1]);
      }
      off += w + sizes[l + 1];
    }
  }

  private static INDArray slice(INDArray flat, long offset, int rows, int cols) {
    return flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + (long) rows * cols))
        .reshape('f', rows, cols);
  }

  /**
   * A one-layer network over layer {@code l} of this one: its weights and gradients are views into this
   * network's flat vectors, so training it trains this network's layer (greedy layer-wise pretraining).
   *
   * @param l layer index, 0 for the first
   * @return the layer as a network of its own
   */
  public DenseNetwork layer(int l) {
    long off = parameterCount(java.util.Arrays.copyOf(sizes, l + 1));
    long len = (long) sizes[l] * sizes[l + 1] + sizes[l + 1];
    return new DenseNetwork(new int[] { sizes[l], sizes[l + 1] }, new LayerActivation[] { activations[l] },
        range(params, off, len), gradients == null ? null : range(gradients, off, len));
  }

  private static INDArray range(INDArray flat, long offset, long length) {
    return flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + length)).reshape(1, length);
  }

  /** @return number of layers */
  public int layers() {
    return weights.length;
  }

  /**
   * @param sizes layer widths, input first
   * @return number of weights and biases
   */
  public static long parameterCount(int[] sizes) {
    long p = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      p += (long) sizes[l] * sizes[l + 1] + sizes[l + 1];
    }
    return p;
  }

  /** @return layer widths, input first (a copy) */
  public int[] sizes() {
    return sizes.clone();
  }

  /** @return input width */
  public int inputSize() {
    return sizes[0];
  }

  /** @return output width */
  public int outputSize() {
    return sizes[sizes.length - 1];
  }

  /** @return the live flat parameter vector */
  public INDArray params() {
    return params;
  }

  /** @return the flat gradient vector filled by {@link #backward} */
  public INDArray gradients() {
    return gradients;
  }

  /** @return the activations, one per layer (a copy) */
  public LayerActivation[] activations() {
    return activations.clone();
  }

  private void ensureBuffers(int rows) {
    if (rows == bufferRows) {
      return;
    }
    int layers = sizes.length - 1;
    pre = new INDArray[layers];
    act = new INDArray[layers + 1];
    delta = new INDArray[layers + 1];
    mask = new INDArray[layers];
    for (int l = 0; l < layers; l++) {
      mask[l] = activations[l] == LayerActivation.RELU && !host
          ? Nd4j.create(DataType.FLOAT, new long[] { rows, sizes[l + 1] }, 'f') : null;
      pre[l] = Nd4j.create(DataType.FLOAT, new long[] { rows, sizes[l + 1] }, 'f');
      // in place where the backward pass reads only the activation (identity; ReLU on the host): one buffer fewer
      // in the cache, and no write to a second one
      act[l + 1] = activations[l] == LayerActivation.IDENTITY || host && activations[l] == LayerActivation.RELU
          ? pre[l] : Nd4j.create(DataType.FLOAT, new long[] { rows, sizes[l + 1] }, 'f');
    }
    for (int l = 0; l <= layers; l++) {
      delta[l] = Nd4j.create(DataType.FLOAT, new long[] { rows, sizes[l] }, 'f');
    }
    forwardPass = new Gemm.ColumnPass[layers];
    backwardPass = new Gemm.ColumnPass[layers];
    for (int l = 0; l < layers; l++) {
      if (fused(l)) {
        int layer = l;
        boolean relu = activations[l] == LayerActivation.RELU;
        forwardPass[l] = (part, from, to) -> {
          long t = part == 0 ? StepProfile.start() : 0;
          LayerPasses.biasActivation(pre[layer], biases[layer], act[layer + 1], relu, from, to);
          passNanos += t == 0 ? 0 : System.nanoTime() - t;
        };
        backwardPass[l] = (part, from, to) -> {
          long t = part == 0 ? StepProfile.start() : 0;
          LayerPasses.biasActivationBackward(act[layer + 1], delta[layer + 1], biasGradients[layer], relu, from, to);
          passNanos += t == 0 ? 0 : System.nanoTime() - t;
        };
      }
    }
    bufferRows = rows;
  }

  /** Whether layer l's passes run inside its products' blocks (on the host, for ReLU and identity). */
  private boolean fused(int l) {
    return host && (activations[l] == LayerActivation.RELU || activations[l] == LayerActivation.IDENTITY);
  }

  /**
   * Training forward pass; keeps what {@link #backward} needs.
   *
   * @param x batch, rows x input, column-major
   * @return the output buffer (rows x output), overwritten by the next call
   */
  public INDArray forward(INDArray x) {
    int rows = (int) x.rows();
    ensureBuffers(rows);
    act[0] = x;
    long t = StepProfile.start();
    for (int l = 0; l < weights.length; l++) {
      passNanos = 0;
      Gemm.multiply(act[l], weights[l], pre[l], false, false, forwardPass[l]);
      t = StepProfile.add(Part.FORWARD_GEMM, t);
      StepProfile.move(Part.FORWARD_GEMM, Part.FORWARD_BIAS_ACTIVATION, passNanos);
      if (forwardPass[l] == null) {
        activations[l].forward(pre[l], biases[l], act[l + 1], host);
        t = StepProfile.add(Part.FORWARD_BIAS_ACTIVATION, t);
      }
    }
    return act[weights.length];
  }

  /**
   * Backward pass after {@link #forward}: fills {@link #gradients()} with the gradient of the loss whose
   * derivative with respect to the output is {@code dOut}.
   *
   * @param dOut dLoss/dOutput, rows x output (for a batch-mean loss, already divided by the batch size)
   * @param wantInputGradient whether to compute dLoss/dInput
   * @return dLoss/dInput (a buffer overwritten by the next call), or null
   */
  public INDArray backward(INDArray dOut, boolean wantInputGradient) {
    int last = weights.length;
    INDArray d = delta[last];
    if (d != dOut) {
      d.assign(dOut);
    }
    long t = StepProfile.start();
    for (int l = last - 1; l >= 0; l--) {
      if (l == last - 1 || backwardPass[l] == null) {
        activations[l].backward(pre[l], act[l + 1], d, mask[l], biasGradients[l], host);
        t = StepProfile.add(Part.BACKWARD_BIAS_ACTIVATION, t);
      } // else done inside the blocks of the product that passed d down
      Gemm.multiply(act[l], d, weightGradients[l], true, false);
      passNanos = 0;
      if (l > 0 || wantInputGradient) {
        Gemm.multiply(d, weights[l], delta[l], false, true, l > 0 ? backwardPass[l - 1] : null);
      }
      t = StepProfile.add(Part.BACKWARD_GEMM, t);
      StepProfile.move(Part.BACKWARD_GEMM, Part.BACKWARD_BIAS_ACTIVATION, passNanos);
      d = delta[l];
    }
    return wantInputGradient ? delta[0] : null;
  }

  /** @return the buffer that {@link #backward} reads its output gradient from, for the current batch size */
  public INDArray outputGradientBuffer(int rows) {
    ensureBuffers(rows);
    return delta[weights.length];
  }

  /**
   * Inference: allocates its own arrays (several threads may call it at once), each released once the next
   * layer's is computed (a pass over many rows in chunks leaves no off-heap garbage to the collector).
   *
   * @param x rows x input (any order)
   * @return rows x output, column-major
   */
  public INDArray output(INDArray x) {
    INDArray a = x.ordering() == 'f' ? x : x.dup('f');
    for (int l = 0; l < weights.length; l++) {
      INDArray z = Nd4j.create(DataType.FLOAT, new long[] { a.rows(), sizes[l + 1] }, 'f');
      Gemm.multiply(a, weights[l], z, false, false);
      activations[l].forward(z, biases[l], z, host);
      if (a != x) {
        a.close();
      }
      a = z;
    }
    return a;
  }
}
