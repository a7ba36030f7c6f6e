namespace Workbench.Ml.Pipelines;

/// <summary>Brent's one-dimensional minimiser after a downhill bracket search, ported step for step from SciPy's
/// <c>optimize.brent</c> and <c>optimize.bracket</c> (the defaults PowerTransformer uses: tol 1.48e-8, 500 iterations).</summary>
internal static class BrentMinimizer
{
    private const double Gold = 1.618034, VerySmall = 1e-21, GrowLimit = 110.0, Cg = 0.3819660, Tol = 1.48e-8, MinTol = 1.0e-11;

    /// <summary>A local minimum of <paramref name="f"/>, starting from the bracket guess (<paramref name="xa"/>, <paramref name="xb"/>).</summary>
    public static double Minimize(Func<double, double> f, double xa, double xb)
    {
        var (a0, xbest, c0, fb) = Bracket(f, xa, xb);
        double x = xbest, w = xbest, v = xbest, fx = fb, fw = fb, fv = fb;
        double a = Math.Min(a0, c0), b = Math.Max(a0, c0), deltax = 0, rat = 0;
        for (var iter = 0; iter < 500; iter++)
        {
            var tol1 = Tol * Math.Abs(x) + MinTol;
            var tol2 = 2.0 * tol1;
            var xmid = 0.5 * (a + b);
            if (Math.Abs(x - xmid) < tol2 - 0.5 * (b - a)) break;
            if (Math.Abs(deltax) <= tol1)
            {
                deltax = x >= xmid ? a - x : b - x;
                rat = Cg * deltax;
            }
            else
            {
                var tmp1 = (x - w) * (fx - fv);
                var tmp2 = (x - v) * (fx - fw);
                var p = (x - v) * tmp2 - (x - w) * tmp1;
                tmp2 = 2.0 * (tmp2 - tmp1);
                if (tmp2 > 0.0) p = -p;
                tmp2 = Math.Abs(tmp2);
                var dxTemp = deltax;
                deltax = rat;
                if (p > tmp2 * (a - x) && p < tmp2 * (b - x) && Math.Abs(p) < Math.Abs(0.5 * tmp2 * dxTemp))
                {
                    rat = p / tmp2;
                    var u0 = x + rat;
                    if (u0 - a < tol2 || b - u0 < tol2) rat = xmid - x >= 0 ? tol1 : -tol1;
                }
                else
                {
                    deltax = x >= xmid ? a - x : b - x;
                    rat = Cg * deltax;
                }
            }
            var u = Math.Abs(rat) < tol1 ? (rat >= 0 ? x + tol1 : x - tol1) : x + rat;
            var fu = f(u);
            if (fu > fx)
            {
                if (u < x) a = u; else b = u;
                if (fu <= fw || w == x) { v = w; w = u; fv = fw; fw = fu; }
                else if (fu <= fv || v == x || v == w) { v = u; fv = fu; }
            }
            else
            {
                if (u >= x) a = x; else b = x;
                v = w; w = x; x = u;
                fv = fw; fw = fx; fx = fu;
            }
        }
        return x;
    }

    /// <summary>SciPy's <c>bracket</c>: walks downhill from (xa, xb) until f rises again; returns (xa, xb, xc, f(xb)).</summary>
    private static (double Xa, double Xb, double Xc, double Fb) Bracket(Func<double, double> f, double xa, double xb)
    {
        double fa = f(xa), fb = f(xb);
        if (fa < fb) { (xa, xb) = (xb, xa); (fa, fb) = (fb, fa); }
        var xc = xb + Gold * (xb - xa);
        var fc = f(xc);
        for (var iter = 0; fc < fb; iter++)
        {
            if (iter > 1000) throw new InvalidOperationException("The bracket search for the minimum did not converge.");
            var tmp1 = (xb - xa) * (fb - fc);
            var tmp2 = (xb - xc) * (fb - fa);
            var val = tmp2 - tmp1;
            var denom = Math.Abs(val) < VerySmall ? 2.0 * VerySmall : 2.0 * val;
            var w = xb - ((xb - xc) * tmp2 - (xb - xa) * tmp1) / denom;
            var wlim = xb + GrowLimit * (xc - xb);
            double fw;
            if ((w - xc) * (xb - w) > 0.0)
            {
                fw = f(w);
                if (fw < fc) return (xb, w, xc, fw);
                if (fw > fb) return (xa, xb, w, fb);
                w = xc + Gold * (xc - xb);
                fw = f(w);
            }
            else if ((w - wlim) * (wlim - xc) >= 0.0) { w = wlim; fw = f(w); }
            else if ((w - wlim) * (xc - w) > 0.0)
            {
                fw = f(w);
                if (fw < fc)
                {
                    xb = xc; xc = w; w = xc + Gold * (xc - xb);
                    fb = fc; fc = fw; fw = f(w);
                }
            }
            else { w = xc + Gold * (xc - xb); fw = f(w); }
            xa = xb; xb = xc; xc = w;
            fa = fb; fb = fc; fc = fw;
        }
        return (xa, xb, xc, fb);
    }
}
