package org.dec4j.engine.autoencoder;

import org.dec4j.engine.nn.DenseNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A mirrored autoencoder d-h1-...-L-...-h1-d: an encoder network and a decoder network whose parameters are the
 * two halves of one flat vector (encoder first), so pretraining steps both with one updater and refinement
 * steps the encoder half alone.
 */
public final class Autoencoder {
  private final DenseNetwork encoder;
  private final DenseNetwork decoder;
  private final INDArray params;
  private final INDArray gradients;

  /**
   * @param encoder encoder network (its parameters: the leading part of params)
   * @param decoder decoder network (the rest)
   * @param params flat parameters of both
   * @param gradients flat gradients of both
   */
  public Autoencoder(DenseNetwork encoder, DenseNetwork decoder, INDArray params, INDArray gradients) {
    this.encoder = encoder;
    this.decoder = decoder;
    this.params = params;
    this.gradients = gradients;
  }

  /** @return the encoder, x to z */
  public DenseNetwork encoder() {
    return encoder;
  }

  /** @return the decoder, z to x' */
  public DenseNetwork decoder() {
    return decoder;
  }

  /** @return all parameters, encoder first */
  public INDArray params() {
    return params;
  }

  /** @return gradients of all parameters */
  public INDArray gradients() {
    return gradients;
  }

  /**
   * @param flat a flat vector
   * @param offset first element
   * @param length elements
   * @return the view [1, length]
   */
  static INDArray range(INDArray flat, long offset, long length) {
    return flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + length)).reshape(1, length);
  }
}
