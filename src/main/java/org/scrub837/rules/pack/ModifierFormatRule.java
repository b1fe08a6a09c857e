package org.scrub837.rules.pack;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * Procedure modifiers are two characters, letters or digits (HCPCS/CPT modifiers such as 25, JW,
 * RT); anything else, and the configured placeholders such as 00, cannot be a modifier.
 */
public final class ModifierFormatRule implements ClaimRule {

    public static final String ID = "MODIFIER-FORMAT";

    private final RuleContext context;
    private final Pattern pattern;
    private final List<String> forbidden;

    public ModifierFormatRule(RuleContext context) {
        this.context = context;
        String regex = context.parameters().text("pattern");
        try {
            this.pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw context.parameters().problem("pattern", "'" + regex + "' is not a regular expression");
        }
        this.forbidden = context.parameters().texts("forbidden", List.of());
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        for (ServiceLine line : claim.lines()) {
            if (!context.inEffect(claim, line)) {
                continue;
            }
            for (String modifier : line.modifiers()) {
                String problem = null;
                if (!pattern.matcher(modifier).matches()) {
                    problem = "is not two letters or digits";
                } else if (forbidden.contains(modifier)) {
                    problem = "is not a modifier";
                }
                if (problem != null) {
                    sink.report(line.lineNumber(), line.servicePosition(), "Modifier '" + modifier + "' on "
                            + LineLabel.of(line) + " (" + Elements.MODIFIERS.in(claim.claimType()) + ") " + problem
                            + ". Correct it to a valid two-character HCPCS/CPT modifier, or remove it and leave "
                            + "the slot empty.");
                }
            }
        }
    }
}
