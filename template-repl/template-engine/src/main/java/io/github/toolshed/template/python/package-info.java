/**
 * Python semantics for Java values: how values print ({@code str}/{@code repr}), truthiness,
 * equality, and the tuple type. Django's behaviour is defined in Python terms; this package is
 * where the template language maps those terms onto Java types (see
 * {@link io.github.toolshed.template.python.Python} for the mapping).
 */
package io.github.toolshed.template.python;
