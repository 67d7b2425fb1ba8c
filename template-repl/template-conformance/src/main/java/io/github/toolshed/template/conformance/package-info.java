/**
 * Runs Django-derived conformance corpora against the template engine: {@link
 * io.github.toolshed.template.conformance.Corpus} reads the JSON lines, {@link
 * io.github.toolshed.template.conformance.ContextDecoder} turns the encoded contexts into Java
 * values, {@link io.github.toolshed.template.conformance.CaseRunner} runs one case and {@link
 * io.github.toolshed.template.conformance.ConformanceMain} prints the per-area table.
 */
package io.github.toolshed.template.conformance;
