/**
 * Trained models and the results of a fit: {@link org.dec4j.api.model.ClusterModel} assigns and embeds new rows
 * and saves to one file ({@link org.dec4j.api.model.ModelArchive}); {@link org.dec4j.api.model.FitResult} holds
 * what one run produced on its training data.
 */
package org.dec4j.api.model;
