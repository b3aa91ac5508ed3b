package dev.vigil.detail;

/**
 * Sparklines as text, one character per point, newest at the right: Unicode block elements
 * ▁▂▃▄▅▆▇█ or, for poor terminals, the ASCII ramp {@code _.-=#}. Values are scaled from 0 to a
 * maximum; NaN points are blanks.
 */
public final class Sparkline {
    private Sparkline() {
    }

    public static final String UNICODE = "▁▂▃▄▅▆▇█";
    public static final String ASCII = "_.-=#";

    /**
     * The last {@code width} values (all of them when fewer) scaled from 0 to {@code max}; when
     * {@code max} is 0 or less, the largest value is the top. Values above max show as the top.
     */
    public static String render(double[] values, int width, double max, boolean unicode) {
        String ramp = unicode ? UNICODE : ASCII;
        int levels = ramp.length();
        int n = Math.max(0, Math.min(width, values.length));
        int from = values.length - n;
        double top = max;
        if (top <= 0) {
            for (int i = from; i < values.length; i++) {
                if (values[i] > top) top = values[i];
            }
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = from; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                sb.append(' ');
                continue;
            }
            int level = top <= 0 ? 0 : (int) Math.round(Math.max(0, v) / top * (levels - 1));
            sb.append(ramp.charAt(Math.min(levels - 1, level)));
        }
        return sb.toString();
    }

    /** CPU %: scaled to 100 (one core), or to the peak shown when that is above one core. */
    public static String cpu(double[] percent, int width, boolean unicode) {
        double peak = 100;
        for (int i = Math.max(0, percent.length - width); i < percent.length; i++) {
            if (percent[i] > peak) peak = percent[i];
        }
        return render(percent, width, peak, unicode);
    }

    /**
     * Bytes (RSS): scaled from the smallest to the largest value shown, so that a change of a few
     * percent shows; a line that moves less than 1% of its largest value draws flat at the bottom.
     */
    public static String bytes(long[] values, int width, boolean unicode) {
        int from = Math.max(0, values.length - width);
        long lo = Long.MAX_VALUE;
        long hi = -1;
        for (int i = from; i < values.length; i++) {
            if (values[i] < 0) continue;
            lo = Math.min(lo, values[i]);
            hi = Math.max(hi, values[i]);
        }
        boolean flat = hi < 0 || (hi - lo) * 100 < hi;
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i] < 0 ? Double.NaN : flat ? 0 : values[i] - lo;
        }
        return render(d, width, flat ? 1 : hi - lo, unicode);
    }
}
