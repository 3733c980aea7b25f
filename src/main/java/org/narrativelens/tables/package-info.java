/**
 * Where Spark results become report tables: each class runs its analysis stage on the cached corpus,
 * brings back only bounded rows ({@link org.narrativelens.tables.TableLimits}) and returns
 * {@link org.narrativelens.report.Table} values, which the report writers take without knowing Spark.
 */
package org.narrativelens.tables;
