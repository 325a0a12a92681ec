package fi.respiteplanner.api.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import fi.respiteplanner.api.PlannerSettings;
import fi.respiteplanner.common.Violation;

/**
 * Refuses bodies over {@code planner.max-body-size} with 413: at once when the length is declared,
 * and while reading when it is not (chunked uploads).
 */
@Component
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final ProblemWriter problems;

    public BodySizeLimitFilter(PlannerSettings settings, ProblemWriter problems) {
        this.limit = settings.maxBodySize().toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            String reason = new PayloadTooLargeException(limit).getMessage();
            problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, reason, List.of(new Violation("$", reason)));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedRequest(request, limit) : request, response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > limit) {
                        throw new PayloadTooLargeException(limit);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > limit) {
                        throw new PayloadTooLargeException(limit);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() { return in.isFinished(); }

                @Override
                public boolean isReady() { return in.isReady(); }

                @Override
                public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
            };
        }
    }
}
