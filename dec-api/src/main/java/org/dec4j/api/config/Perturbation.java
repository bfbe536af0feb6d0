package org.dec4j.api.config;

/** How IMSAT's self-augmentation term R_SAT perturbs a row (Hu et al., ICML 2017, section 3.2). */
public enum Perturbation {
  /** Virtual adversarial training: the direction one power iteration finds most sensitive (R_VAT, the paper's). */
  VIRTUAL_ADVERSARIAL,
  /** A uniformly random direction of the same length (R_RPT). */
  RANDOM
}
