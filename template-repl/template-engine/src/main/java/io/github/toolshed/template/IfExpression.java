package io.github.toolshed.template;

import io.github.toolshed.template.python.Python;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code if} tag's expression language (Django's {@code smartif}), a Pratt parser.
 *
 * <p>Binding powers, loosest first: {@code or} 7; {@code and} 8; {@code not} (prefix), {@code in},
 * {@code not in} 9; {@code is}, {@code is not}, {@code ==}, {@code !=}, {@code <}, {@code >},
 * {@code <=}, {@code >=} 10. A comparison that Python cannot make (e.g. {@code None < 1}) is false.
 */
final class IfExpression {

    /** A compiled condition. */
    interface Condition {
        Object eval(Context context);
    }

    private sealed interface Tok permits Op, Lit, End {
        int lbp();
    }

    private record Op(String id, int lbp, boolean prefix) implements Tok {}

    private record Lit(Condition value, String text) implements Tok {
        @Override
        public int lbp() {
            return 0;
        }
    }

    private record End() implements Tok {
        @Override
        public int lbp() {
            return 0;
        }
    }

    private static final End END = new End();

    private final List<Tok> tokens = new ArrayList<>();
    private int pos;
    private Tok current;

    private IfExpression(Parser parser, List<String> bits) {
        for (int i = 0; i < bits.size(); i++) {
            String t = bits.get(i);
            if (t.equals("is") && i + 1 < bits.size() && bits.get(i + 1).equals("not")) {
                t = "is not";
                i++;
            } else if (t.equals("not") && i + 1 < bits.size() && bits.get(i + 1).equals("in")) {
                t = "not in";
                i++;
            }
            tokens.add(translate(parser, t));
        }
    }

    static Condition parse(Parser parser, List<String> bits) {
        IfExpression p = new IfExpression(parser, bits);
        p.current = p.next();
        Condition c = p.expression(0);
        if (!(p.current instanceof End)) {
            throw new TemplateSyntaxError("Unused '" + display(p.current) + "' at end of if expression.");
        }
        return c;
    }

    private static Tok translate(Parser parser, String t) {
        return switch (t) {
            case "or" -> new Op(t, 7, false);
            case "and" -> new Op(t, 8, false);
            case "not" -> new Op(t, 9, true);
            case "in", "not in" -> new Op(t, 9, false);
            case "is", "is not", "==", "!=", ">", ">=", "<", "<=" -> new Op(t, 10, false);
            default -> {
                FilterExpression fe = parser.compileFilter(t);
                yield new Lit(ctx -> fe.resolve(ctx, true), t);
            }
        };
    }

    private static String display(Tok t) {
        return switch (t) {
            case Op o -> o.id;
            case Lit l -> l.text;
            case End e -> "end";
        };
    }

    private Tok next() {
        return pos < tokens.size() ? tokens.get(pos++) : END;
    }

    private Condition expression(int rbp) {
        Tok t = current;
        current = next();
        Condition left = nud(t);
        while (rbp < current.lbp()) {
            t = current;
            current = next();
            left = led(t, left);
        }
        return left;
    }

    private Condition nud(Tok t) {
        return switch (t) {
            case Lit l -> l.value;
            case End e -> throw new TemplateSyntaxError("Unexpected end of expression in if tag.");
            case Op o -> {
                if (!o.prefix) {
                    throw new TemplateSyntaxError("Not expecting '" + o.id + "' in this position in if tag.");
                }
                Condition operand = expression(o.lbp);
                yield ctx -> guard(() -> !Python.truthy(operand.eval(ctx)));
            }
        };
    }

    private Condition led(Tok t, Condition left) {
        if (!(t instanceof Op o) || o.prefix) {
            throw new TemplateSyntaxError("Not expecting '" + display(t) + "' as infix operator in if tag.");
        }
        Condition right = expression(o.lbp);
        return switch (o.id) {
            case "or" -> ctx -> {
                try {
                    Object l = left.eval(ctx);
                    return Python.truthy(l) ? l : right.eval(ctx);
                } catch (RuntimeException e) {
                    return false;
                }
            };
            case "and" -> ctx -> {
                try {
                    Object l = left.eval(ctx);
                    return Python.truthy(l) ? right.eval(ctx) : l;
                } catch (RuntimeException e) {
                    return false;
                }
            };
            case "in" -> ctx -> guard(() -> PyOps.in(left.eval(ctx), right.eval(ctx)));
            case "not in" -> ctx -> guard(() -> !PyOps.in(left.eval(ctx), right.eval(ctx)));
            case "is" -> ctx -> guard(() -> PyOps.is(left.eval(ctx), right.eval(ctx)));
            case "is not" -> ctx -> guard(() -> !PyOps.is(left.eval(ctx), right.eval(ctx)));
            case "==" -> ctx -> guard(() -> Python.equal(left.eval(ctx), right.eval(ctx)));
            case "!=" -> ctx -> guard(() -> !Python.equal(left.eval(ctx), right.eval(ctx)));
            case ">" -> ctx -> guard(() -> PyOps.compare(left.eval(ctx), right.eval(ctx)) > 0);
            case ">=" -> ctx -> guard(() -> PyOps.compare(left.eval(ctx), right.eval(ctx)) >= 0);
            case "<" -> ctx -> guard(() -> PyOps.compare(left.eval(ctx), right.eval(ctx)) < 0);
            case "<=" -> ctx -> guard(() -> PyOps.compare(left.eval(ctx), right.eval(ctx)) <= 0);
            default -> throw new IllegalStateException(o.id);
        };
    }

    /** Django evaluates every operator inside {@code try/except Exception}: a failure counts as false. */
    private static Boolean guard(java.util.function.BooleanSupplier s) {
        try {
            return s.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
