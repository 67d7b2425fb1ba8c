package com.example;

/** Stands for an application's secret-holding type in docs/templates.md's access-policy example. */
public final class Secrets {

    private Secrets() {}
}
