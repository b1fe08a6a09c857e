package org.scrub837.read;

/**
 * The input cannot be read as a 5010 837: names the file, where reading stopped and what was
 * expected there. Its message never carries claim data.
 */
public class InvalidEdiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final long fileSegmentPosition;
    private final int transactionSegmentPosition;
    private final String reason;

    /**
     * @param fileName                    the input's name
     * @param fileSegmentPosition         segment number within the file (ISA = 1), or 0 when not known
     * @param transactionSegmentPosition  position within the transaction (ST = 1), or 0 when outside one
     * @param reason                      what was found and what was expected
     */
    public InvalidEdiException(String fileName, long fileSegmentPosition, int transactionSegmentPosition,
            String reason, Throwable cause) {
        super(format(fileName, fileSegmentPosition, transactionSegmentPosition, reason), cause);
        this.fileName = fileName;
        this.fileSegmentPosition = fileSegmentPosition;
        this.transactionSegmentPosition = transactionSegmentPosition;
        this.reason = reason;
    }

    public InvalidEdiException(String fileName, long fileSegmentPosition, int transactionSegmentPosition,
            String reason) {
        this(fileName, fileSegmentPosition, transactionSegmentPosition, reason, null);
    }

    private static String format(String fileName, long filePosition, int transactionPosition, String reason) {
        StringBuilder sb = new StringBuilder(fileName);
        if (filePosition > 0) {
            sb.append(": segment ").append(filePosition);
            if (transactionPosition > 0) {
                sb.append(" (position ").append(transactionPosition).append(" in its transaction)");
            }
        }
        return sb.append(": ").append(reason).toString();
    }

    public String fileName() {
        return fileName;
    }

    public long fileSegmentPosition() {
        return fileSegmentPosition;
    }

    public int transactionSegmentPosition() {
        return transactionSegmentPosition;
    }

    /** The reason without file name and position. */
    public String reason() {
        return reason;
    }
}
