package org.scrub837.scrub;

import java.io.IOException;
import java.util.List;

import org.scrub837.write.ResultWriter;

/** Opens the outputs of one input file, named from the input's base name. */
public interface OutputFactory {

    /** The 837 outputs (clean, rejected): discarded when the file fails. */
    List<ResultWriter> claimOutputs(String base) throws IOException;

    /** The reports (JSON, text, acknowledgments ...): finished also when the file fails. */
    List<ResultWriter> reports(String base) throws IOException;
}
