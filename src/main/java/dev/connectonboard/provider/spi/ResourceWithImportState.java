package dev.connectonboard.provider.spi;

/**
 * A resource that {@code terraform import} and {@code import} blocks can adopt, modelled on the framework's
 * {@code resource.ResourceWithImportState}. Set the attributes that identify the object from the id the user gave;
 * Terraform then calls {@link Resource#read} to fill in the rest. A malformed id is an error diagnostic that says
 * which format is expected.
 */
public interface ResourceWithImportState<S> extends Resource<S> {

    /** @param response starts as an object of nulls */
    void importState(ImportRequest<S> request, StateResponse response);

    record ImportRequest<S>(String id, S provider) {
    }

    /** The framework's {@code ImportStatePassthroughID}: the import id becomes this attribute. */
    static void passthroughId(String attribute, ImportRequest<?> request, StateResponse response) {
        response.set(attribute, request.id());
    }
}
