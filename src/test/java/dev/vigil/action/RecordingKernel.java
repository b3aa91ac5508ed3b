package dev.vigil.action;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The real kernel, recording every signal it delivered ("TERM 4242"). */
final class RecordingKernel implements Kernel {
    final NativeKernel real = new NativeKernel();
    final List<String> sent = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Outcome signal(Target t, Signal s) {
        Outcome o = real.signal(t, s);
        if (o.done()) sent.add(s.name() + " " + t.pid());
        return o;
    }

    @Override
    public Outcome renice(Target t, NiceChange c) {
        return real.renice(t, c);
    }

    @Override
    public String method() {
        return real.method();
    }
}
