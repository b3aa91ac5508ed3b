package dev.vigil.action;

import dev.vigil.sample.Identity;

import java.util.List;

/**
 * The sender side of the non-root live test, run in a child JVM under another user:
 * each argument is one command, "signal:PID:START:NAME", "renice:PID:START:STEP" (STEP is
 * +1, -1 or an exact value such as =5) or "limit:PID:START:NAME:SPEC" (SPEC as typed at the
 * prompt, with ";" for ":", e.g. ";8192" for ":8192"). Prints one result line per command.
 */
public final class AsUser {
    private AsUser() {
    }

    public static void main(String[] args) {
        Actions a = new Actions(new NativeKernel(), new ActionLog(null, 10), false,
                Confirmation.Context.current(), 5000, System::currentTimeMillis);
        for (String arg : args) {
            String[] f = arg.split(":");
            Target t = new Target(new Identity(Integer.parseInt(f[1]), Long.parseLong(f[2])), -1, "?", "child");
            Targets one = new Targets(List.of(t));
            if (f[0].equals("limit")) {
                Rlimit res = Rlimit.valueOf(f[3].toUpperCase(java.util.Locale.ROOT));
                System.out.println(a.setLimit(t, LimitChange.parse(res, f[4].replace(';', ':'))).line());
                continue;
            }
            Result r = f[0].equals("signal")
                    ? a.send(one, new Choice.Send(Signal.parse(f[3])))
                    : a.renice(one, f[3].startsWith("=") ? NiceChange.parse(f[3].substring(1))
                    : NiceChange.by(Integer.parseInt(f[3].replace("+", ""))));
            System.out.println(r.line());
        }
    }
}
