/** Initial centroids in the latent space: the {@link org.dec4j.engine.init.ClusterInitializer} strategy and k-means++. */
package org.dec4j.engine.init;
