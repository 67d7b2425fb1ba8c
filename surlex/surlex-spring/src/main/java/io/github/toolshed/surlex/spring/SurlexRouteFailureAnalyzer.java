package io.github.toolshed.surlex.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains an {@link InvalidSurlexRouteException} at start-up: what is wrong and where to fix it. */
class SurlexRouteFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSurlexRouteException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSurlexRouteException cause) {
        return new FailureAnalysis("The surlex route table could not be built:\n\n" + cause.getMessage(),
                "Fix the surlex route of " + cause.source()
                        + " (the surlex language is described in docs/surlex.md).", cause);
    }
}
