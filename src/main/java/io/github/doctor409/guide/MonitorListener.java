package io.github.doctor409.guide;

/** What the monitor tells whoever shows it. Called on a background thread. */
public interface MonitorListener {

    void onSample(MonitorSample sample);

    /** Everything is green, and the round before was not (or there was none). */
    void onAllGreen(MonitorSample sample);
}
