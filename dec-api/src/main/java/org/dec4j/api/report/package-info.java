/**
 * What is in each cluster, computed the same way for every front-end: sizes, confidence, typical and uncertain
 * members, distinguishing features and outliers ({@link org.dec4j.api.report.ClusterProfiles}).
 */
package org.dec4j.api.report;
