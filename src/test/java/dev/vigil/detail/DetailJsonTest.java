package dev.vigil.detail;

import dev.vigil.json.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DetailJsonTest {

    @Test
    void theDetailObjectWithTheIssuesKeys() {
        ProcessDetail d = Fixtures.bash();
        Json json = new Json().beginObject().field("pid", 4242);
        DetailJson.writeField(json, d, Fixtures.warnings(d));
        json.endObject();
        assertEquals("{\"pid\":4242,\"detail\":{"
                + "\"signals\":{\"caught\":[\"HUP\",\"INT\",\"QUIT\",\"USR1\",\"USR2\",\"TERM\",\"CHLD\",\"32\",\"33\"],"
                + "\"ignored\":[\"QUIT\",\"TERM\"],\"blocked\":[\"CHLD\"],\"pending\":[\"USR1\"]},"
                + "\"warnings\":[\"TERM is ignored by this process; KILL or a different signal is needed\"],"
                + "\"nsPid\":4242,"
                + "\"cgroup\":\"/user.slice/user-1000.slice/session-3.scope\","
                + "\"exe\":\"/usr/bin/bash\",\"cwd\":\"/home/alice\","
                + "\"fdCount\":11,\"fdLimit\":1024,"
                + "\"limits\":{"
                + "\"Max cpu time\":{\"soft\":\"unlimited\",\"hard\":\"unlimited\",\"units\":\"seconds\"},"
                + "\"Max stack size\":{\"soft\":8388608,\"hard\":\"unlimited\",\"units\":\"bytes\"},"
                + "\"Max open files\":{\"soft\":1024,\"hard\":4096,\"units\":\"files\"},"
                + "\"Max nice priority\":{\"soft\":0,\"hard\":0,\"units\":\"\"},"
                + "\"Max realtime timeout\":{\"soft\":\"unlimited\",\"hard\":\"unlimited\",\"units\":\"us\"}},"
                + "\"parentChain\":[{\"pid\":1,\"name\":\"systemd\"},{\"pid\":4000,\"name\":\"sshd\"}]}}",
                json.toString());
    }

    @Test
    void unreadableValuesAreNull() {
        FakeProc p = Fixtures.proc().denied("4242/exe").denied("4242/cwd").denied("4242/fd")
                .denied("4242/limits").remove("4242/cgroup");
        ProcessDetail d = Fixtures.detail(p, Fixtures.BASH);
        Json json = new Json();
        DetailJson.write(json, d, java.util.List.of());
        String s = json.toString();
        for (String key : new String[] {"exe", "cwd", "fdCount", "fdLimit", "limits", "cgroup"}) {
            assertEquals(true, s.contains("\"" + key + "\":null"), key + " in " + s);
        }
        assertEquals(true, s.contains("\"warnings\":[]"), s);
    }
}
