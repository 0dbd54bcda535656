package dev.connectonboard.generate;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.utility.DeepUnwrap;

import java.util.List;

/**
 * {@code hcl(value)} in templates: prints {@link Hcl#literal}. Optional values are written {@code hcl(x!)}; the
 * "nothing" FreeMarker passes for a missing value (an empty string that is also an empty sequence) becomes HCL null.
 */
final class HclMethod implements TemplateMethodModelEx {
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("hcl(value) takes exactly one argument");
        }
        TemplateModel argument = (TemplateModel) arguments.get(0);
        if (argument == null || isNothing(argument)) {
            return "null";
        }
        return Hcl.literal(DeepUnwrap.unwrap(argument));
    }

    private static boolean isNothing(TemplateModel model) throws TemplateModelException {
        return model instanceof TemplateScalarModel scalar && model instanceof TemplateSequenceModel sequence
                && scalar.getAsString().isEmpty() && sequence.size() == 0;
    }
}
