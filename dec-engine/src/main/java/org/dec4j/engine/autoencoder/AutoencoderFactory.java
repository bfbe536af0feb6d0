package org.dec4j.engine.autoencoder;

import org.dec4j.api.config.Activation;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.engine.nn.LayerActivation;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * Builds the autoencoder from the configuration: layer sizes only from the setting {@code layers}, the
 * decoder mirrors the encoder, hidden layers use the configured activation, the latent and output layers are
 * linear (as in the DEC paper).
 */
public final class AutoencoderFactory {
  /**
   * @param inputSize number of input columns d
   * @param config configuration
   * @param rng generator for the initial weights
   * @return a freshly initialised autoencoder
   */
  public Autoencoder create(int inputSize, DecConfig config, SplittableRandom rng) {
    Autoencoder ae = allocate(inputSize, config);
    int[] enc = ae.encoder().sizes();
    init(config, enc, ae.encoder().params(), rng.split());
    init(config, ae.decoder().sizes(), ae.decoder().params(), rng.split());
    return ae;
  }

  /**
   * An autoencoder of the configured shape holding given parameters (a data-parallel worker's copy of the shared
   * state), without drawing initial weights only to overwrite them.
   *
   * @param inputSize number of input columns d
   * @param config configuration
   * @param params the flat parameters, encoder first (more values may follow; they are not read)
   * @return the autoencoder
   */
  public Autoencoder holding(int inputSize, DecConfig config, float[] params) {
    Autoencoder ae = allocate(inputSize, config);
    long p = ae.params().length();
    ae.params().assign(Nd4j.createFromArray(java.util.Arrays.copyOf(params, (int) p)).reshape(1, p));
    return ae;
  }

  private static Autoencoder allocate(int inputSize, DecConfig config) {
    int[] enc = encoderSizes(inputSize, config.get(Settings.LAYERS));
    int[] dec = new int[enc.length];
    for (int i = 0; i < enc.length; i++) {
      dec[i] = enc[enc.length - 1 - i];
    }
    long pe = DenseNetwork.parameterCount(enc);
    long pd = DenseNetwork.parameterCount(dec);
    INDArray params = Nd4j.create(DataType.FLOAT, 1, pe + pd);
    INDArray grads = Nd4j.create(DataType.FLOAT, 1, pe + pd);
    LayerActivation hidden = of(config.get(Settings.ACTIVATION));
    DenseNetwork encoder = new DenseNetwork(enc, activations(enc.length - 1, hidden),
        Autoencoder.range(params, 0, pe), Autoencoder.range(grads, 0, pe));
    DenseNetwork decoder = new DenseNetwork(dec, activations(dec.length - 1, hidden),
        Autoencoder.range(params, pe, pd), Autoencoder.range(grads, pe, pd));
    return new Autoencoder(encoder, decoder, params, grads);
  }

  private static void init(DecConfig config, int[] sizes, INDArray params, SplittableRandom rng) {
    WeightInit.apply(config.get(Settings.WEIGHT_INIT), sizes, params, rng);
  }

  /**
   * @param inputSize d
   * @param encoderLayers configured sizes
   * @return d followed by the encoder layer sizes
   */
  public static int[] encoderSizes(int inputSize, int[] encoderLayers) {
    int[] s = new int[encoderLayers.length + 1];
    s[0] = inputSize;
    System.arraycopy(encoderLayers, 0, s, 1, encoderLayers.length);
    return s;
  }

  /**
   * @param layers number of layers
   * @param hidden activation of all but the last
   * @return activations, the last linear
   */
  public static LayerActivation[] activations(int layers, LayerActivation hidden) {
    LayerActivation[] a = new LayerActivation[layers];
    java.util.Arrays.fill(a, hidden);
    a[layers - 1] = LayerActivation.IDENTITY;
    return a;
  }

  /**
   * @param a configured activation
   * @return the network's activation
   */
  public static LayerActivation of(Activation a) {
    return switch (a) {
      case RELU -> LayerActivation.RELU;
      case LEAKY_RELU -> LayerActivation.LEAKY_RELU;
      case ELU -> LayerActivation.ELU;
      case SELU -> LayerActivation.SELU;
      case TANH -> LayerActivation.TANH;
      case SIGMOID -> LayerActivation.SIGMOID;
    };
  }
}
